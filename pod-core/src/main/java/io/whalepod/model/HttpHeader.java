package io.whalepod.model;

/**
 * One header sent by an httpGet probe or hook.
 *
 * @param name the header's name
 * @param value its value
 */
public record HttpHeader(String name, String value) {}
