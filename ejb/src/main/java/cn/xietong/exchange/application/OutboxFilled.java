package cn.xietong.exchange.application;

/** Transfers were written to the outbox for a platform; observed after commit to send them at once. */
public record OutboxFilled(String platformCode) {
}
