/**
 * The value of a primary key. Integer keys arrive as numbers, uuid and string keys as strings; a bigInteger key
 * may arrive as a string because drivers return it that way.
 */
export type PrimaryKey = string | number;
