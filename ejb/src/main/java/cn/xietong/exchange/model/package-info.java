/** What the exchange keeps: packages sent and their states, the inbox, files by SM3, the outbox, routes. */
package cn.xietong.exchange.model;
