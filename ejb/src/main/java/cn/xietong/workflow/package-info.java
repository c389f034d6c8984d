/**
 * The workflow engine that routes outgoing documents (发文) through a unit's process template:
 * templates as data ({@code model}), instances and tasks with their state machines, the services
 * that act on them ({@code application}) and the deadline timer ({@code infrastructure}). It knows
 * a document only as a subject reference (id + title), never its content.
 */
package cn.xietong.workflow;
