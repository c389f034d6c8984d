/** The audit log (全面留痕): entries chained by SM3 hashes so that tampering is detectable. */
package cn.xietong.audit.model;
