/** Benchmark support for the exchange: many addressee units at once. */
package cn.xietong.exchange.infrastructure;
