/**
 * The HTTP edge of the service, one package per feature: {@code classification} (the resources, reading requests,
 * writing answers), {@code explanation} (texts in two languages, citations, documentation pages),
 * {@code counterfactual}, {@code provisions} (the catalogue and its resource), {@code problem} (problem+json and the
 * guards that answer it) and {@code operations} (connections, admission, drain, authentication, telemetry). The
 * engine, {@code cn.netlaw.liability}, depends on none of them. This package holds only this file.
 *
 * <p>The annotation below carries the document-level parts of the OpenAPI contract ({@code /q/openapi}, committed in
 * {@code openapi/}): title, version, description, contact, licence and server. SmallRye OpenAPI reads
 * {@code @OpenAPIDefinition} only from a JAX-RS {@code Application} or a {@code package-info}. Its
 * {@code externalDocs} lead to the decision procedure as the service serves it ({@code /docs/procedure.md},
 * {@link DocsResource}). The operations are described on their resources; those of the API declare
 * {@code security: [{}, {bearer: []}]}: no credentials by default, a bearer JWT where the deployment turns
 * authentication on ({@link ApiAuthentication}, the scheme {@code bearer} below), while the problem and documentation
 * pages declare {@code security: []}; {@code .spectral.yaml} and {@code redocly.yaml} lint the result in CI.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "NSP liability classifier",
                version = "1.0.0",
                description = """
                        Classifies the civil liability for damages of a network service provider (网络服务提供者) for \
                        its users' infringement under PRC law: the Civil Code (from 2021) or the Tort Liability Law \
                        (2010-2020), with the Regulation on the Protection of the Right of Communication through \
                        Information Networks, the E-Commerce Law and the SPC judicial interpretations in force at the \
                        time, by the decision procedure 3.0 (docs/procedure.md). Each answer says whether the \
                        provider is liable for its own act, jointly with the user (for the whole damage or only its \
                        enlarged part) or not at all, with the rule applied, the provisions it rests on (ids of the \
                        provisions catalogue), the defaults assumed and an explanation in English or Chinese. Out of \
                        scope: the amount of damages, injunctions and other remedies, administrative and criminal \
                        liability, and whether the user's content infringes (the caller says so).""",
                contact = @Contact(name = "nsp-liability maintainers"),
                // No open-source licence is granted (the repository has no LICENSE file): an SPDX reference says so.
                license = @License(name = "Proprietary", identifier = "LicenseRef-Proprietary")),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = ApiAuthentication.SCHEME,
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
                description = ApiAuthentication.SCHEME_DESCRIPTION)),
        // A reference relative to the server, like every path of the contract: the service serves docs/ at /docs/.
        externalDocs = @ExternalDocumentation(description = """
                The decision procedure the service applies: what it decides and on which law, the steps with the \
                provisions each rests on, the timeliness bands, the questions the law leaves open, and the periods. \
                The vocabulary of requests and answers is /docs/vocabulary.md, the rules of a valid request \
                /docs/request.md.""", url = "/docs/procedure.md"),
        servers = @Server(url = "/", description = """
                The host that serves this document: Swagger UI and generated clients call the service they read \
                the contract from (port 8080 when started as in the README)."""))
package cn.netlaw.api;

import cn.netlaw.api.explanation.DocsResource;
import cn.netlaw.api.operations.ApiAuthentication;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
