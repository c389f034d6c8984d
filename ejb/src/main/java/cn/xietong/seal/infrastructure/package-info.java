/** The platform's keys: its CA and seal-making key in the encrypted key store. */
package cn.xietong.seal.infrastructure;
