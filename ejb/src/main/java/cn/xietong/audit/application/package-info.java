/** Writing to the audit log and checking that its chain is whole. */
package cn.xietong.audit.application;
