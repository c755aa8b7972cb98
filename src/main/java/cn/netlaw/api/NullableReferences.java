package cn.netlaw.api;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A nullable object property that refers to another schema is generated as {@code type: object} with {@code anyOf:
 * [$ref, {type: "null"}]}; the {@code type} then forbids the null the {@code anyOf} allows, and validators reject the
 * {@code null} the service accepts (decision-spec §4.2: {@code null} on an optional field means absent). The property's
 * own type admits {@code null} too.
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
        return schema;
    }
}
