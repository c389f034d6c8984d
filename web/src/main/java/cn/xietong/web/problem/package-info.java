/** Errors as RFC 9457 problem details: one mapper for every failure of an API request. */
package cn.xietong.web.problem;
