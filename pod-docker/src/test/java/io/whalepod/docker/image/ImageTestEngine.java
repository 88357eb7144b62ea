package io.whalepod.docker.image;

import io.whalepod.docker.internal.DockerClients;
import io.whalepod.docker.internal.DockerImageBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The engine as the image tests use it, registered as a static {@code @RegisterExtension} field: one client and
 * one set of throwaway repositories per class, removed after it; labelled containers per test, removed after each.
 * The extension's callbacks run before the class's own {@code @BeforeAll} methods, which may use it.
 */
final class ImageTestEngine implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
  private DockerClients clients;
  private ThrowawayImages images;
  private LabelledContainers containers;

  @Override
  public void beforeAll(ExtensionContext context) {
    clients = DockerClients.fromEnvironment();
    images = new ThrowawayImages(clients);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    containers = new LabelledContainers(clients);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    containers.close();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    images.close();
    clients.close();
  }

  DockerClients clients() {
    return clients;
  }

  /** A builder of its own, as another process would have: it knows none of the tags the others found. */
  ImageBuilder newBuilder() {
    return new DockerImageBuilder(clients.longCalls());
  }

  ThrowawayImages images() {
    return images;
  }

  LabelledContainers containers() {
    return containers;
  }
}
