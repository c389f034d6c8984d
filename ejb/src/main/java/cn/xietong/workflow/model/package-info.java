/**
 * Process templates (definitions, their JSON form and validation) and the running state: instances,
 * tasks, history, delegations, notifications. Rules about one task or one instance live on it; the
 * JPA mapping stays plain so the state machines are tested without a container.
 */
package cn.xietong.workflow.model;
