package org.newsfuse.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;

/**
 * BAAI bge-small-en-v1.5 (int8-quantised ONNX export, as shipped inside the LangChain4j
 * embeddings artifact) run directly on ONNX Runtime with the Hugging Face tokenizer from DJL.
 * Pooling follows the model card: the [CLS] vector of the last hidden state, L2-normalised.
 */
final class BgeSmallModel implements AutoCloseable {
  static final int DIMENSIONS = 384;
  static final int MAX_TOKENS = 256;
  private static final String MODEL_RESOURCE = "/bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  /**
   * Loads the model. Call it through {@link #load}: ONNX Runtime's native start-up needs more
   * stack than a default 1 MB Java thread has (it crashes the JVM with SIGSEGV otherwise).
   */
  private BgeSmallModel(int intraOpThreads) {
    OfflineNatives.configure();
    try {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, intraOpThreads));
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = env.createSession(readResource(MODEL_RESOURCE), options);
      wantsTypeIds = session.getInputNames().contains("token_type_ids");
      try (InputStream in = resource(TOKENIZER_RESOURCE)) {
        tokenizer = HuggingFaceTokenizer.newInstance(in, Map.of(
            "truncation", "true",
            "maxLength", Integer.toString(MAX_TOKENS),
            "padding", "false",
            "addSpecialTokens", "true"));
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence embedding model: " + e.getMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sentence embedding tokenizer", e);
    }
  }

  /** Loads the model on a dedicated thread with a large stack; see the constructor. */
  static BgeSmallModel load(int intraOpThreads) {
    BgeSmallModel[] loaded = new BgeSmallModel[1];
    RuntimeException[] failure = new RuntimeException[1];
    Thread loader = new Thread(null, () -> {
      try {
        loaded[0] = new BgeSmallModel(intraOpThreads);
      } catch (RuntimeException e) {
        failure[0] = e;
      }
    }, "newsfuse-embed-load", 64L << 20);
    loader.start();
    try {
      loader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the embedding model", e);
    }
    if (failure[0] != null) throw failure[0];
    return loaded[0];
  }

  /**
   * Embeds one text on its own. Texts are deliberately not batched: the model is dynamically
   * quantised, so activation scales are computed over the whole input tensor and a text's vector
   * would depend on which other texts shared its batch (cosine 0.993 instead of 1 when measured),
   * which breaks byte-for-byte reproducible output when a shared cache is filled from several
   * threads. On one core a batch of one is also no slower than padded batches of 32 (measured).
   */
  float[] embed(String text) {
    Encoding encoding = tokenizer.encode(text);
    long[] shape = {1, encoding.getIds().length};
    try (OnnxTensor ids = tensor(encoding.getIds(), shape);
         OnnxTensor mask = tensor(encoding.getAttentionMask(), shape);
         OnnxTensor types = tensor(encoding.getTypeIds(), shape)) {
      Map<String, OnnxTensor> inputs = wantsTypeIds
          ? Map.of("input_ids", ids, "attention_mask", mask, "token_type_ids", types)
          : Map.of("input_ids", ids, "attention_mask", mask);
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return normalise(hidden[0][0]);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence embedding failed: " + e.getMessage(), e);
    }
  }

  private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
    return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
  }

  private static float[] normalise(float[] cls) {
    double sum = 0;
    for (float v : cls) sum += (double) v * v;
    double norm = Math.sqrt(sum);
    float[] out = new float[cls.length];
    if (norm == 0) return out;
    for (int i = 0; i < cls.length; i++) out[i] = (float) (cls[i] / norm);
    return out;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = BgeSmallModel.class.getResourceAsStream(name);
    if (in == null) throw new IOException("missing class-path resource " + name);
    return in;
  }

  private static byte[] readResource(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
    tokenizer.close();
  }
}
