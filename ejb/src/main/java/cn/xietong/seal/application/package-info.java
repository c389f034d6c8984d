/** Making and applying seals, people's certificates, verifying sealed documents. */
package cn.xietong.seal.application;
