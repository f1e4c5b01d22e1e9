// Written by make-shape.ts from schema.ts: do not edit.
export const HARGA_JUAL_SHAPE = {"nodes":[["o",{"dish":1,"portions":2,"ingredients":3,"packaging":5,"gas":5,"margin":6}],["s",[["len>=",1]]],["n",1,[[">=",1]]],["a",4,[["len>=",1]]],["o",{"name":1,"price":5}],["n",1,[[">=",0]]],["n",1,[[">=",0],["<=",300]]]],"root":0} as const;
