/**
 * Drawing seal pictures: the standard round red official seal (unit name on the upper arc, five-pointed star,
 * purpose text below) as a transparent PNG, with the Noto Serif SC font that the build ships.
 */
package cn.xietong.signing.seal.picture;
