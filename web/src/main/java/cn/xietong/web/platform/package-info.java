/** Operations endpoints: health. */
package cn.xietong.web.platform;
