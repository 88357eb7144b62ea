/**
 * Whalepod's runtime on a Docker engine: {@link io.whalepod.docker.PodRuntime} runs pods and
 * {@link io.whalepod.docker.image} builds the images it needs locally. Only these two packages are API;
 * {@code io.whalepod.docker.internal}, the docker-java plumbing, is not exported.
 */
module io.whalepod.docker {
  // PodRuntime and PodHandle take and return the model's Pod, PodStatus, Manifest, BackOff...
  requires transitive io.whalepod.core;

  // docker-java has no module descriptor and no Automatic-Module-Name: these are the names derived from its jars.
  // No exported signature names a docker-java type, so none is transitive.
  requires com.github.dockerjava.api;
  requires com.github.dockerjava.core;
  requires com.github.dockerjava.transport;
  requires com.github.dockerjava.transport.httpclient5;
  requires org.apache.commons.compress;
  requires org.slf4j;
  requires java.net.http; // httpGet probes

  exports io.whalepod.docker;
  exports io.whalepod.docker.image;
}
