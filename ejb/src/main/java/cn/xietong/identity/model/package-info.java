/** Who may sign in and how: accounts with password hashes and lockout, sessions and bearer tokens. */
package cn.xietong.identity.model;
