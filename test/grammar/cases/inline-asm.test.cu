// SYNTAX TEST "source.cuda-cpp" "PTX inside inline asm string literals in CUDA C++"
__device__ int4 load(const int4* p) {
  int4 v;
  asm volatile("ld.global.nc.L1::no_allocate.v4.s32 {%0, %1, %2, %3}, [%4];"
//^^^ keyword.other.asm.cuda
//    ^^^^^^^^ storage.modifier.cuda
//              ^^ meta.embedded.inline.ptx keyword.other.instruction.ptx
//                ^^^^^^^ storage.modifier.state-space.ptx
//                          ^^^^^^^^^^^^^^^^ keyword.modifier.ptx
//                                             ^^^^ storage.type.ptx
//                                                   ^^ variable.parameter.asm-operand.ptx
//                                                                     ^^ variable.parameter.asm-operand.ptx
               : "=r"(v.x), "=r"(v.y), "=r"(v.z), "=r"(v.w) : "l"(p));
//                ^^ storage.modifier.asm-constraint.cuda
  asm("{\n\t.reg .pred p;\n\tsetp.ne.b32 p, %1, 0;\n\tselp.u32 %0, 1, 0, p;\n\t}" : "=r"(r) : "r"(x));
//          ^^^^ storage.modifier.state-space.ptx
//               ^^^^^ storage.type.ptx
//                           ^^^^ keyword.other.instruction.ptx
//                               ^^^ keyword.modifier.ptx
//                                                    ^^^^ keyword.other.instruction.ptx
  return v;
}
