/** What every capability shares: the domain's error type and its kinds. Nothing domain-specific. */
package cn.xietong.shared;
