/** The sign-in API: sessions for the web UI, bearer tokens for API and phone clients, "me". */
package cn.xietong.web.identity;
