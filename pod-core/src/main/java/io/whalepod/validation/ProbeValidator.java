package io.whalepod.validation;

import static io.whalepod.validation.MetadataValidator.invalidEach;
import static io.whalepod.validation.MetadataValidator.isEmpty;

import io.whalepod.model.ExecAction;
import io.whalepod.model.Handler;
import io.whalepod.model.HttpGetAction;
import io.whalepod.model.HttpHeader;
import io.whalepod.model.IntOrString;
import io.whalepod.model.Lifecycle;
import io.whalepod.model.LifecycleHandler;
import io.whalepod.model.Probe;
import io.whalepod.model.TcpSocketAction;
import java.util.List;
import java.util.Set;

/** Kubernetes' {@code validateProbe}, {@code validateLifecycle} and {@code validateHandler}. */
final class ProbeValidator {
  /** The three probes; liveness and startup probes only ever need one success. */
  enum ProbeKind {
    LIVENESS("livenessProbe"), READINESS("readinessProbe"), STARTUP("startupProbe");

    final String field;

    ProbeKind(String field) {
      this.field = field;
    }
  }

  static final List<String> HTTP_SCHEMES = List.of("HTTP", "HTTPS");
  private static final String MORE_THAN_ONE_HANDLER = "may not specify more than 1 handler type";

  private ProbeValidator() {}

  /**
   * Validates a probe of a container whose named ports are {@code portNames} (an httpGet or tcpSocket may name
   * one of them instead of giving a number).
   */
  static void validateProbe(Probe probe, ProbeKind kind, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    validateHandlers(probe.handlers(), portNames, path, errors);
    atLeast(probe.initialDelaySeconds(), 0, path.child("initialDelaySeconds"), errors);
    // Kubernetes documents 1 as the minimum of these four: a zero period or timeout would make no sense.
    atLeast(probe.timeoutSeconds(), 1, path.child("timeoutSeconds"), errors);
    atLeast(probe.periodSeconds(), 1, path.child("periodSeconds"), errors);
    FieldPath successPath = path.child("successThreshold");
    boolean successValid = atLeast(probe.successThreshold(), 1, successPath, errors);
    if (kind != ProbeKind.READINESS && successValid && probe.successThreshold() != null
        && probe.successThreshold() != 1) {
      errors.add(FieldError.invalid(successPath, probe.successThreshold(), "must be 1"));
    }
    atLeast(probe.failureThreshold(), 1, path.child("failureThreshold"), errors);
    Long grace = probe.terminationGracePeriodSeconds();
    FieldPath gracePath = path.child("terminationGracePeriodSeconds");
    if (grace != null && grace <= 0) {
      errors.add(FieldError.invalid(gracePath, grace, "must be greater than 0"));
    }
    if (grace != null && kind == ProbeKind.READINESS) {
      errors.add(FieldError.invalid(gracePath, grace, "must not be set for readinessProbes"));
    }
  }

  static void validateLifecycle(Lifecycle lifecycle, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    validateLifecycleHandler(lifecycle.postStart(), portNames, path.child("postStart"), errors);
    validateLifecycleHandler(lifecycle.preStop(), portNames, path.child("preStop"), errors);
  }

  static void validateLifecycleHandler(LifecycleHandler hook, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    if (hook != null) {
      validateHandlers(hook.handlers(), portNames, path, errors);
    }
  }

  /** Exactly one handler: the first is validated, every further one is Forbidden, none is Required. */
  private static void validateHandlers(List<Handler> handlers, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    if (handlers.isEmpty()) {
      errors.add(FieldError.required(path, "must specify a handler type"));
      return;
    }
    Handler first = handlers.get(0);
    FieldPath handlerPath = path.child(keyOf(first));
    if (first instanceof ExecAction exec) {
      validateExec(exec, handlerPath, errors);
    } else if (first instanceof HttpGetAction httpGet) {
      validateHttpGet(httpGet, portNames, handlerPath, errors);
    } else if (first instanceof TcpSocketAction tcpSocket) {
      validateTcpSocket(tcpSocket, portNames, handlerPath, errors);
    }
    handlers.stream().skip(1)
        .forEach(extra -> errors.add(FieldError.forbidden(path.child(keyOf(extra)), MORE_THAN_ONE_HANDLER)));
  }

  /** The YAML key of a handler, which is also its field path. */
  private static String keyOf(Handler handler) {
    if (handler instanceof ExecAction) {
      return "exec";
    }
    return handler instanceof HttpGetAction ? "httpGet" : "tcpSocket";
  }

  static void validateExec(ExecAction exec, FieldPath path, List<FieldError> errors) {
    if (exec.command().isEmpty()) {
      errors.add(FieldError.required(path.child("command"), ""));
    }
  }

  /** A missing path or scheme is fine: {@link Defaults} fills {@code /} and {@code HTTP}. */
  static void validateHttpGet(HttpGetAction httpGet, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    validatePort(httpGet.port(), portNames, path.child("port"), errors);
    if (!isEmpty(httpGet.scheme()) && !HTTP_SCHEMES.contains(httpGet.scheme())) {
      errors.add(FieldError.notSupported(path.child("scheme"), httpGet.scheme(), HTTP_SCHEMES));
    }
    for (HttpHeader header : httpGet.httpHeaders()) {
      String name = header == null || header.name() == null ? "" : header.name();
      invalidEach(path.child("httpHeaders"), name, Formats.httpHeaderName(name), errors);
    }
  }

  static void validateTcpSocket(TcpSocketAction tcpSocket, Set<String> portNames, FieldPath path,
      List<FieldError> errors) {
    validatePort(tcpSocket.port(), portNames, path.child("port"), errors);
  }

  /**
   * {@code ValidatePortNumOrName}, plus what the kubelet would only find out when probing: a named port must be
   * one the container declares.
   */
  static void validatePort(IntOrString port, Set<String> portNames, FieldPath path, List<FieldError> errors) {
    if (port == null || (!port.isNumber() && port.name() == null)) {
      errors.add(FieldError.required(path, ""));
    } else if (port.isNumber()) {
      invalidEach(path, port.number(), Formats.portNumber(port.number()), errors);
    } else {
      List<String> problems = Formats.portName(port.name());
      invalidEach(path, port.name(), problems, errors);
      if (problems.isEmpty() && !portNames.contains(port.name())) {
        errors.add(FieldError.notFound(path, port.name()));
      }
    }
  }

  /** Reports a value below {@code min}; returns whether the value is acceptable (unset counts as acceptable). */
  private static boolean atLeast(Integer value, int min, FieldPath path, List<FieldError> errors) {
    if (value != null && value < min) {
      errors.add(FieldError.invalid(path, value, "must be greater than or equal to " + min));
      return false;
    }
    return true;
  }
}
