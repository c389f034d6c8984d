/**
 * Bulk data for documents: the benchmark loader that writes outgoing documents with their workflow
 * instances, tasks, history and numbers in JDBC batches.
 */
package cn.xietong.document.infrastructure;
