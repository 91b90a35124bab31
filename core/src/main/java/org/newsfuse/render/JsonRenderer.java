package org.newsfuse.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import org.newsfuse.briefing.Briefing;

/**
 * The briefing as one JSON object, field for field as the records declare them (documented in the
 * README and docs/briefing.schema.json). Records serialise in declaration order, so the output is
 * byte-for-byte stable.
 */
public final class JsonRenderer implements BriefingRenderer {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  @Override
  public void render(Briefing briefing, Writer out) throws IOException {
    MAPPER.writeValue(out, briefing);
    out.write('\n');
  }
}
