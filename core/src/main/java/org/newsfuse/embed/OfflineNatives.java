package org.newsfuse.embed;

/**
 * Keeps DJL from ever reaching the network. The tokenizer's native library ships inside the DJL
 * jar and is only copied to DJL's cache directory; offline mode makes sure no code path of DJL
 * tries to download a newer one or a model.
 */
final class OfflineNatives {
  private OfflineNatives() {
  }

  static void configure() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    // DJL reports usage statistics unless told not to.
    if (System.getProperty("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
  }
}
