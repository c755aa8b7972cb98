package cn.netlaw.yardstick;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The yardstick's endpoint: the request body parsed into a JSON tree by Quarkus' own Jackson binding, and written
 * back. {@code POST /echo} takes Quarkus' default dispatch (a method that returns a plain value runs on a worker
 * thread); {@code POST /echo/event-loop} is the same on the event loop ({@code @NonBlocking}), as the service
 * classifies small bodies.
 */
@Path("/echo")
public class EchoResource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode echo(JsonNode body) {
        return body;
    }

    @POST
    @Path("/event-loop")
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode echoOnEventLoop(JsonNode body) {
        return body;
    }
}
