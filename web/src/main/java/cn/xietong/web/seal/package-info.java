/** The seal API: making and applying seals, verifying sealed PDFs. */
package cn.xietong.web.seal;
