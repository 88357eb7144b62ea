package io.whalepod.cli;

import io.whalepod.node.NodeAgent;
import io.whalepod.plan.BackOff;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code whalepod node --foreground}: the node agent in this process, until Ctrl-C or SIGTERM. It supervises the
 * detached pods made with {@code WHALEPOD_SUPERVISOR=node} by the kubelet's rules; stopping it leaves them as they are.
 */
@Command(name = "node", description = "Run the node agent, which supervises detached pods by the kubelet's rules.")
final class NodeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--foreground", description = "Run the agent in this process until interrupted.")
  boolean foreground;

  @Override
  public Integer call() throws InterruptedException {
    if (!foreground) {
      throw new CliException("the node agent runs in the foreground only (whalepod node --foreground); "
          + "running it as a container on the engine is not available yet");
    }
    NodeAgent agent = NodeAgent.start(System.getenv(), BackOff.KUBERNETES);
    CountDownLatch stopped = new CountDownLatch(1);
    // The JVM halts once its shutdown hooks end: the agent closes inside one, not after it.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      agent.close();
      stopped.countDown();
    }, "whalepod-node-stop"));
    spec.commandLine().getErr().println("whalepod node: supervising " + agent.supervised()
        + " pod(s); Ctrl-C stops the agent and leaves the pods running");
    stopped.await();
    return 0;
  }
}
