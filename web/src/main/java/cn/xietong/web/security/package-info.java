/** Who is calling: the authentication filter, the current caller, public endpoints. */
package cn.xietong.web.security;
