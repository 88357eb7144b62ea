package io.whalepod.model;

/** What a probe or a lifecycle hook does: exactly one of exec, httpGet, tcpSocket. */
public sealed interface Handler permits ExecAction, HttpGetAction, TcpSocketAction {}
