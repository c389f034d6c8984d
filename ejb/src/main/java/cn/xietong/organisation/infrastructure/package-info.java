/**
 * Bulk data for the organisation — the demo organisation loaded at first start and the
 * city-scale loader for benchmarks, writing with JDBC batches where speed matters; no rules of
 * their own beyond those of the model they fill.
 */
package cn.xietong.organisation.infrastructure;
