/** The audit API: reading the log and checking its chain. */
package cn.xietong.web.audit;
