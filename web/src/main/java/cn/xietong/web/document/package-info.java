/** The documents API under {@code /api/documents} and {@code /api/numbering}: resources and the records they exchange. */
package cn.xietong.web.document;
