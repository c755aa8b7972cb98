package cn.netlaw.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable object property that refers to another schema is generated as {@code type: object} with {@code anyOf:
 * [$ref, {type: "null"}]}; the {@code type} then forbids the null the {@code anyOf} allows, and validators reject the
 * {@code null} the service accepts (docs/request.md#nulls: {@code null} on an optional field means absent). The
 * property's own type admits {@code null} too. Likewise a nullable property with an {@code enum} (a closed vocabulary
 * whose absence is {@code null}, e.g. {@code cutBy}): under JSON Schema 2020-12 the {@code enum} must list {@code null}
 * as well, or it forbids what the type allows.
 */
public class NullableReferences implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        List<Schema.SchemaType> type = schema.getType();
        if (anyOf != null && type != null && type.contains(Schema.SchemaType.OBJECT)
                && !type.contains(Schema.SchemaType.NULL)
                && anyOf.stream().anyMatch(s -> s.getType() != null && s.getType().contains(Schema.SchemaType.NULL))) {
            schema.addType(Schema.SchemaType.NULL);
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.contains(null) && type != null && type.contains(Schema.SchemaType.NULL)) {
            List<Object> withNull = new java.util.ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        return schema;
    }
}
