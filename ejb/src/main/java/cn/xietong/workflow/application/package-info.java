/**
 * The workflow's use cases, one method each, with their access check, transaction and audit entry:
 * templates ({@link cn.xietong.workflow.application.TemplateService}), the operations on instances and
 * tasks ({@link cn.xietong.workflow.application.WorkflowService}), lists and views
 * ({@link cn.xietong.workflow.application.WorkflowQueries}), delegations and the deadline sweep.
 * Not here: HTTP (web module), the document's content (document capability).
 */
package cn.xietong.workflow.application;
