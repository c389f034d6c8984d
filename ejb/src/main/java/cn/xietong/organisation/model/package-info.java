/**
 * The organisation's model: regions on five levels, units, departments, people and their roles,
 * with the values they are made of (credit code, region code, phone numbers, login name, 机关代字);
 * no services, queries or persistence code beyond the JPA mapping.
 */
package cn.xietong.organisation.model;
