/** The exchange's use cases: distribute, accept or return, recall and urge, receipts, tracking. */
package cn.xietong.exchange.application;
