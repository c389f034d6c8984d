/** Identity: who the caller is ({@link cn.xietong.identity.Caller}); sign-in lives in the sub-packages. */
package cn.xietong.identity;
