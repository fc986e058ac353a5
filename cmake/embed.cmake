# zp_embed(<out_var> <symbol> <file>): generates a .cc that defines
#   extern const std::string_view <symbol>;
# holding the file's bytes, so data ships inside the binary.
function(zp_embed out_var symbol file)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embed_${symbol}.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DIN=${file} -DOUT=${out} -DSYM=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_gen.cmake
    DEPENDS "${file}" ${PROJECT_SOURCE_DIR}/cmake/embed_gen.cmake
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
