/**
 * The workflow API under {@code /api/workflow} (templates, instances, tasks, lists, delegations,
 * notifications) and the home page's to-do counts; each method maps HTTP to one service call.
 */
package cn.xietong.web.workflow;
