/** Sign-in, sign-out and recognising clients; accounts for people. */
package cn.xietong.identity.application;
