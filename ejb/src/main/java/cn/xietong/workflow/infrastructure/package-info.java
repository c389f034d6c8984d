/** The workflow's server timer: the minute-by-minute deadline sweep. */
package cn.xietong.workflow.infrastructure;
