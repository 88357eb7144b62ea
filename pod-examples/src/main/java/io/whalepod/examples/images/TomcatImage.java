package io.whalepod.examples.images;

import io.whalepod.docker.image.BuildContext;
import io.whalepod.docker.image.BusyboxImage;
import io.whalepod.docker.image.ImageBuilder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code whalepod/tomcat:7.0}: Tomcat 9 (see {@link TomcatDistribution}) on a jlinked Java runtime
 * (see {@link JlinkedJre}) over {@code whalepod/busybox}, installed where the seed manifest expects
 * it, {@code /root/apache-tomcat-7.0.42-v2}, with no web applications. Its {@code bin/start.sh} runs
 * Tomcat in the foreground on port 8080; WARs dropped into {@code webapps} are deployed.
 */
final class TomcatImage {
  static final String REFERENCE = "whalepod/tomcat:7.0";
  static final String HOME = "/root/apache-tomcat-7.0.42-v2";
  static final String JRE = "/opt/jre";

  private static final String ROOTFS = "rootfs";
  private static final String START =
      "#!/bin/sh\n"
          + "# Runs Tomcat in the foreground; extra JVM options come from $JAVA_OPTS.\n"
          + "CATALINA_HOME=" + HOME + "\n"
          + "cd \"$CATALINA_HOME\" || exit 1\n"
          + "exec " + JRE + "/bin/java $JAVA_OPTS \\\n"
          + "  -Djava.security.egd=file:/dev/./urandom \\\n"
          + "  -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \\\n"
          + "  -Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager \\\n"
          + "  -Djava.util.logging.config.file=\"$CATALINA_HOME/conf/logging.properties\" \\\n"
          + "  -Djdk.tls.ephemeralDHKeySize=2048 \\\n"
          + "  -Djava.protocol.handler.pkgs=org.apache.catalina.webresources \\\n"
          + "  --add-opens=java.base/java.lang=ALL-UNNAMED \\\n"
          + "  --add-opens=java.base/java.io=ALL-UNNAMED \\\n"
          + "  --add-opens=java.base/java.util=ALL-UNNAMED \\\n"
          + "  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \\\n"
          + "  --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED \\\n"
          + "  -Dcatalina.home=\"$CATALINA_HOME\" -Dcatalina.base=\"$CATALINA_HOME\" \\\n"
          + "  -Djava.io.tmpdir=\"$CATALINA_HOME/temp\" \\\n"
          + "  -classpath \"$CATALINA_HOME/bin/bootstrap.jar:$CATALINA_HOME/bin/tomcat-juli.jar\" \\\n"
          + "  org.apache.catalina.startup.Bootstrap start\n";
  // glibc's built-in files and dns modules; without it glibc still works, this makes the order plain.
  private static final String NSSWITCH = "passwd: files\ngroup: files\nhosts: files dns\n";

  private final ImageBuilder builder;
  private final BusyboxImage busybox;
  private final TomcatDistribution tomcat;
  private final JlinkedJre jre;

  TomcatImage(ImageBuilder builder, BusyboxImage busybox) {
    this(builder, busybox, new TomcatDistribution(), new JlinkedJre(JlinkedJre.TOMCAT_MODULES));
  }

  TomcatImage(
      ImageBuilder builder, BusyboxImage busybox, TomcatDistribution tomcat, JlinkedJre jre) {
    this.builder = builder;
    this.busybox = busybox;
    this.tomcat = tomcat;
    this.jre = jre;
  }

  /** Builds the image unless the engine has it; returns its reference. */
  String ensure() {
    return builder.ensure(List.of(REFERENCE), this::context);
  }

  private BuildContext context() {
    String base = busybox.ensure();
    String dockerfile =
        "FROM " + base + "\n"
            + "COPY " + ROOTFS + "/ /\n"
            + "ENV JAVA_HOME=" + JRE + " CATALINA_HOME=" + HOME + "\n"
            + "WORKDIR " + HOME + "\n"
            + "EXPOSE 8080\n"
            + "CMD [\"" + HOME + "/bin/start.sh\"]\n";
    BuildContext.Builder context = BuildContext.withDockerfile(dockerfile);
    context.directory(ROOTFS + "/etc", 0755).file(ROOTFS + "/etc/nsswitch.conf", NSSWITCH);
    jre.addTo(context, ROOTFS, JRE);
    String home = ROOTFS + HOME;
    context.directory(ROOTFS + "/root", 0700).directory(home, 0755);
    tomcat.addTo(context, home);
    for (String dir : List.of("webapps", "logs", "temp", "work")) {
      context.directory(home + "/" + dir, 0755);
    }
    return context.file(home + "/bin/start.sh", START.getBytes(StandardCharsets.UTF_8), 0755)
        .build();
  }
}
