/** How identity reads people from the database. */
package cn.xietong.identity.infrastructure;
