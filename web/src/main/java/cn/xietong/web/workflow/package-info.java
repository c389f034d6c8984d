/** The to-do API (待办); the counts for now, the lists with the document flow. */
package cn.xietong.web.workflow;
