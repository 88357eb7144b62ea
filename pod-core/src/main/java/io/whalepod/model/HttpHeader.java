package io.whalepod.model;

/** One header sent by an httpGet probe or hook. */
public record HttpHeader(String name, String value) {}
