/** Electronic seals (电子印章) and the certificates the platform CA issued, as stored. */
package cn.xietong.seal.model;
