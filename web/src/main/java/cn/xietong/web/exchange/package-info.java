/** The exchange's API (公文交换): unit inbox, sent-document tracking, distribution, administration. */
package cn.xietong.web.exchange;
