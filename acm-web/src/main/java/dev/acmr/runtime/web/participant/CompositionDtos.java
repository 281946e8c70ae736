package dev.acmr.runtime.web.participant;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ONAP's {@code CompositionDtos}: the definitions a participant takes part in. */
@Schema(name = "CompositionDtos")
public record CompositionDtos(List<CompositionDto> compositions) {

    public CompositionDtos {
        compositions = List.copyOf(compositions);
    }
}
