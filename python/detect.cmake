# Finds the Python the module is built for and pybind11, and says whether the module can be
# built by default (SAILCHECK_PYTHON_AVAILABLE). Debian's /usr/bin/python3 is the default, not
# the first python3 on PATH: Debian's pybind11, boto3, botocore and awscli live in its
# dist-packages. -DPython_EXECUTABLE=... chooses another.
set(SAILCHECK_PYTHON_AVAILABLE OFF)
if(NOT DEFINED Python_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "The Python the sailcheck module is built for")
endif()
find_package(Python 3.8 COMPONENTS Interpreter Development.Module QUIET)
if(Python_FOUND)
  if(NOT pybind11_DIR)
    execute_process(COMMAND ${Python_EXECUTABLE} -c "import pybind11; print(pybind11.get_cmake_dir())"
      OUTPUT_VARIABLE _sailcheck_pybind11_dir OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  # pybind11's own search must use the same interpreter.
  set(PYBIND11_FINDPYTHON ON)
  find_package(pybind11 2.6 CONFIG QUIET HINTS ${_sailcheck_pybind11_dir})
  if(pybind11_FOUND)
    set(SAILCHECK_PYTHON_AVAILABLE ON)
  endif()
endif()
